/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.OtherwiseCondition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Otherwise Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class OtherwiseConditionImpl extends ConditionImpl implements OtherwiseCondition {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OtherwiseConditionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.OTHERWISE_CONDITION;
	}

} //OtherwiseConditionImpl
