/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.RebootStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reboot Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class RebootStepImpl extends StepImpl implements RebootStep {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RebootStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.REBOOT_STEP;
	}

} //RebootStepImpl
