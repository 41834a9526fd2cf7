package org.flowpilot.interop;

/** Which Graph property names an export writes (Microsoft deprecated the old ones in May 2024). */
public enum GraphShape {
    /** locale, outOfBoxExperienceSetting, hardwareHashExtractionEnabled, preprovisioningAllowed. */
    CURRENT,
    /** language, outOfBoxExperienceSettings, extractHardwareHash, enableWhiteGlove. */
    DEPRECATED,
    /** Both, for tenants and tools that read either. */
    BOTH
}
