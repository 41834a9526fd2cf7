package org.flowpilot.engine;

/**
 * The user assigned to the device in Intune.
 *
 * @param userPrincipalName the UPN, pre-filled on the Microsoft Entra sign-in page
 * @param friendlyName the user friendly name shown at sign-in, or null
 * @param onPremisesAccount the Active Directory account used at the Windows sign-on screen in hybrid join, or null
 * @since 1.0
 */
public record AssignedUser(String userPrincipalName, String friendlyName, String onPremisesAccount) {

    /** A user known only by the UPN. */
    public static AssignedUser of(String userPrincipalName) {
        return new AssignedUser(userPrincipalName, null, null);
    }
}
