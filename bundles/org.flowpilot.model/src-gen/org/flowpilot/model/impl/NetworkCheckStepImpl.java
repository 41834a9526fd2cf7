/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.NetworkCheckStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network Check Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class NetworkCheckStepImpl extends StepImpl implements NetworkCheckStep {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkCheckStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.NETWORK_CHECK_STEP;
	}

} //NetworkCheckStepImpl
