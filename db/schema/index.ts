export * from "./enums";
export * from "./catalog";
export * from "./cases";
export * from "./case-parts";
export * from "./public-content";
export * from "./people";
export * from "./history";
export * from "./relations";
