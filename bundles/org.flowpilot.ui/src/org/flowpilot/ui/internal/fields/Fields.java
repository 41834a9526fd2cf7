package org.flowpilot.ui.internal.fields;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Composite;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.edit.labels.PropertyNames;
import org.flowpilot.model.edit.settings.AdminCenterSettings;
import org.flowpilot.model.edit.settings.Setting;
import org.flowpilot.model.query.AutopilotQueries;

/** Makes the widgets that fit a setting: text, toggles, checkbox, drop-down, checklist or ordered list. */
public final class Fields {

	// The admin center shows these two-value settings as drop-downs, not toggles.
	private static final Set<EStructuralFeature> DROP_DOWNS = Set.of(
			FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__DEPLOYMENT_MODE,
			FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__JOIN_TYPE);

	private static final Set<EStructuralFeature> MULTI_LINE = Set.of(FlowpilotPackage.Literals.NAMED_ELEMENT__DESCRIPTION,
			FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__CUSTOM_MESSAGE);

	private Fields() {
	}

	/**
	 * The field of {@code feature} of elements of {@code owner}, named and explained as the admin center does, in a
	 * row of {@code parent}'s three-column grid.
	 */
	public static FeatureField create(FieldContext context, Composite parent, EClass owner,
			EStructuralFeature feature) {
		Setting setting = AdminCenterSettings.of(owner, feature).orElse(null);
		String label = setting != null ? setting.label()
				: PropertyNames.adminCenterStyle(feature.getName().replaceAll("([a-z0-9])([A-Z])", "$1 $2"));
		String help = setting != null ? setting.help() : "";
		return create(context, parent, feature, label, help);
	}

	/** The field of {@code feature} named {@code label} with {@code help}. */
	public static FeatureField create(FieldContext context, Composite parent, EStructuralFeature feature, String label,
			String help) {
		EClassifier type = feature.getEType();
		boolean form = context.style() == FieldContext.Style.FORM;
		if (feature.isMany()) {
			if (feature instanceof EAttribute && (!feature.isUnique() || !(type instanceof EEnum))) {
				List<Object> literals = type instanceof EEnum enumType ? literals(enumType) : null;
				return new OrderedListField(context, parent, feature, label, help, literals);
			}
			CheckListField.Forced forced = feature == FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__HIDDEN_SCREENS
					? selfDeployingScreens()
					: null;
			return new CheckListField(context, parent, feature, label, help, forced);
		}
		Class<?> instanceClass = type.getInstanceClass();
		if (instanceClass == boolean.class || instanceClass == Boolean.class) {
			return new ChoiceField(context, parent, feature, label, help, List.of(Boolean.FALSE, Boolean.TRUE),
					form ? ChoiceField.Look.TOGGLES : ChoiceField.Look.CHECKBOX);
		}
		if (type instanceof EEnum enumType) {
			boolean toggles = form && enumType.getELiterals().size() == 2 && !DROP_DOWNS.contains(feature);
			return new ChoiceField(context, parent, feature, label, help, literals(enumType),
					toggles ? ChoiceField.Look.TOGGLES : ChoiceField.Look.DROP_DOWN);
		}
		if (!(feature instanceof EAttribute)) {
			return new ChoiceField(context, parent, feature, label, help, List.of(), ChoiceField.Look.DROP_DOWN);
		}
		return new TextField(context, parent, feature, label, help, MULTI_LINE.contains(feature));
	}

	private static List<Object> literals(EEnum type) {
		return type.getELiterals().stream().map(EEnumLiteral::getInstance).map(Object.class::cast).toList();
	}

	private static CheckListField.Forced selfDeployingScreens() {
		return new CheckListField.Forced() {
			@Override
			public Set<Object> values(EObject owner) {
				return owner instanceof DeploymentProfile profile
						&& profile.getDeploymentMode() == DeploymentMode.SELF_DEPLOYING
								? Set.copyOf(AutopilotQueries.SELF_DEPLOYING_HIDDEN_SCREENS)
								: Set.of();
			}

			@Override
			public String reason() {
				return "self-deploying hides it";
			}
		};
	}
}
