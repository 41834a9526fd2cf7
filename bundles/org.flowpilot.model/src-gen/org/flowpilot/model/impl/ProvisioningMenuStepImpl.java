/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.ProvisioningMenuStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Provisioning Menu Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ProvisioningMenuStepImpl extends StepImpl implements ProvisioningMenuStep {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProvisioningMenuStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.PROVISIONING_MENU_STEP;
	}

} //ProvisioningMenuStepImpl
