/**
 * Set for a minute when a person changes their own password, for the sign-in page to say so: a cookie the
 * server sets, not a parameter of the address, so that a link sent by someone else cannot claim it.
 */
export const PASSWORD_CHANGED_COOKIE = "ekip-password-changed";
