/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.SignInStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sign In Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class SignInStepImpl extends StepImpl implements SignInStep {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SignInStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.SIGN_IN_STEP;
	}

} //SignInStepImpl
