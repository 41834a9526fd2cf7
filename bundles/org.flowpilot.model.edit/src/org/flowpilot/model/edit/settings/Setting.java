package org.flowpilot.model.edit.settings;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One setting as the Intune admin center shows it: the page or group it sits in, its name there and the help text of
 * its information balloon.
 *
 * @param feature the model feature behind the setting
 * @param group   the page or group, such as {@link AdminCenterSettings#OOBE}
 * @param label   the setting's name in the admin center, such as "Join to Microsoft Entra ID as"
 * @param help    what the setting does, in one or two sentences
 */
public record Setting(EStructuralFeature feature, String group, String label, String help) {
}
