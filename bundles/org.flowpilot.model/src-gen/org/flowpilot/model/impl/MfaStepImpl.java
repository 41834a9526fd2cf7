/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.MfaStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mfa Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class MfaStepImpl extends StepImpl implements MfaStep {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MfaStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.MFA_STEP;
	}

} //MfaStepImpl
