/**
 */
package org.flowpilot.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.FlowpilotPackage;

/**
 * This is the item provider adapter for a {@link org.flowpilot.model.Flow} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class FlowItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FlowItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addKindPropertyDescriptor(object);
			addStartPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Flow_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Flow_kind_feature", "_UI_Flow_type"),
				 FlowpilotPackage.Literals.FLOW__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Flow_start_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Flow_start_feature", "_UI_Flow_type"),
				 FlowpilotPackage.Literals.FLOW__START,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(FlowpilotPackage.Literals.FLOW__STEPS);
			childrenFeatures.add(FlowpilotPackage.Literals.FLOW__TRANSITIONS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Flow.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Flow"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Flow)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Flow_type") :
			getString("_UI_Flow_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Flow.class)) {
			case FlowpilotPackage.FLOW__KIND:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case FlowpilotPackage.FLOW__STEPS:
			case FlowpilotPackage.FLOW__TRANSITIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.FLOW__STEPS,
				 FlowpilotFactory.eINSTANCE.createPowerOnStep()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.FLOW__STEPS,
				 FlowpilotFactory.eINSTANCE.createNetworkCheckStep()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.FLOW__STEPS,
				 FlowpilotFactory.eINSTANCE.createScreenStep()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.FLOW__STEPS,
				 FlowpilotFactory.eINSTANCE.createSignInStep()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.FLOW__STEPS,
				 FlowpilotFactory.eINSTANCE.createMfaStep()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.FLOW__STEPS,
				 FlowpilotFactory.eINSTANCE.createEspPhaseStep()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.FLOW__STEPS,
				 FlowpilotFactory.eINSTANCE.createRebootStep()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.FLOW__STEPS,
				 FlowpilotFactory.eINSTANCE.createProvisioningMenuStep()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.FLOW__STEPS,
				 FlowpilotFactory.eINSTANCE.createResealStep()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.FLOW__STEPS,
				 FlowpilotFactory.eINSTANCE.createWindowsSignOnStep()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.FLOW__STEPS,
				 FlowpilotFactory.eINSTANCE.createDesktopStep()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.FLOW__STEPS,
				 FlowpilotFactory.eINSTANCE.createCustomStep()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.FLOW__TRANSITIONS,
				 FlowpilotFactory.eINSTANCE.createTransition()));
	}

}
