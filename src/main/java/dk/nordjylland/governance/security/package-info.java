/**
 * Web security: logins, sessions, CSRF, headers, throttling and the guard of the engine REST API. On top.
 */
package dk.nordjylland.governance.security;
