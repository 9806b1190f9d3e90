package dk.nordjylland.governance.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo identities: only the demo profile sets {@code governance.demo.enabled}; elsewhere people from
 * the master data become users without a password, which an administrator sets in the Admin app.
 */
@ConfigurationProperties("governance.demo")
record IdentityProperties(boolean enabled, String password) {}
