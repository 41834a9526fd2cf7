package org.flowpilot.ui.internal.fields;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The widget ids of settings: {@code setting.<feature>}, such as {@code setting.deploymentMode}. */
public final class FieldIds {

	private FieldIds() {
	}

	/** The id of the value control of {@code feature}'s setting. */
	public static String of(EStructuralFeature feature) {
		return "setting." + feature.getName();
	}

	/** The id suffix of one choice: an enum literal's name, {@code true} or {@code false}. */
	public static String choiceId(Object choice) {
		return choice instanceof Enumerator literal ? literal.getName() : String.valueOf(choice);
	}
}
