/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.ResealStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reseal Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ResealStepImpl extends StepImpl implements ResealStep {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResealStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.RESEAL_STEP;
	}

} //ResealStepImpl
