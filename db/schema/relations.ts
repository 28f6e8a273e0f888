import { relations } from "drizzle-orm";
import { caseMethods, extraSections, findings, inventoryRows, participants, stakeholders, themeGroups, themeItems } from "./case-parts";
import { cases } from "./cases";
import { cities, methods, organisations, policyAreas } from "./catalog";

export const citiesRelations = relations(cities, ({ many }) => ({ cases: many(cases) }));
export const policyAreasRelations = relations(policyAreas, ({ many }) => ({ cases: many(cases) }));
export const casesRelations = relations(cases, ({ one, many }) => ({
  city: one(cities, { fields: [cases.cityId], references: [cities.id] }),
  policyArea: one(policyAreas, { fields: [cases.policyAreaId], references: [policyAreas.id] }),
  participants: many(participants),
  stakeholders: many(stakeholders),
  themeGroups: many(themeGroups),
  inventoryRows: many(inventoryRows),
  findings: many(findings),
  caseMethods: many(caseMethods),
  extraSections: many(extraSections),
}));
export const participantsRelations = relations(participants, ({ one }) => ({
  case: one(cases, { fields: [participants.caseId], references: [cases.id] }),
  organisation: one(organisations, { fields: [participants.organisationId], references: [organisations.id] }),
}));
export const stakeholdersRelations = relations(stakeholders, ({ one }) => ({
  case: one(cases, { fields: [stakeholders.caseId], references: [cases.id] }),
  organisation: one(organisations, { fields: [stakeholders.organisationId], references: [organisations.id] }),
}));
export const themeGroupsRelations = relations(themeGroups, ({ one, many }) => ({
  case: one(cases, { fields: [themeGroups.caseId], references: [cases.id] }),
  items: many(themeItems),
}));
export const themeItemsRelations = relations(themeItems, ({ one }) => ({
  group: one(themeGroups, { fields: [themeItems.groupId], references: [themeGroups.id] }),
}));
export const inventoryRowsRelations = relations(inventoryRows, ({ one }) => ({
  case: one(cases, { fields: [inventoryRows.caseId], references: [cases.id] }),
  organisation: one(organisations, { fields: [inventoryRows.organisationId], references: [organisations.id] }),
}));
export const findingsRelations = relations(findings, ({ one }) => ({
  case: one(cases, { fields: [findings.caseId], references: [cases.id] }),
}));
export const caseMethodsRelations = relations(caseMethods, ({ one }) => ({
  case: one(cases, { fields: [caseMethods.caseId], references: [cases.id] }),
  method: one(methods, { fields: [caseMethods.methodId], references: [methods.id] }),
}));
export const extraSectionsRelations = relations(extraSections, ({ one }) => ({
  case: one(cases, { fields: [extraSections.caseId], references: [cases.id] }),
}));
