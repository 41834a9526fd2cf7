/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.PowerOnStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Power On Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class PowerOnStepImpl extends StepImpl implements PowerOnStep {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PowerOnStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.POWER_ON_STEP;
	}

} //PowerOnStepImpl
