/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.flowpilot.model.FactCondition;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.ScenarioFact;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fact Condition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.impl.FactConditionImpl#getFact <em>Fact</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.FactConditionImpl#isHolds <em>Holds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FactConditionImpl extends ConditionImpl implements FactCondition {
	/**
	 * The default value of the '{@link #getFact() <em>Fact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFact()
	 * @generated
	 * @ordered
	 */
	protected static final ScenarioFact FACT_EDEFAULT = ScenarioFact.USER_ASSIGNED;

	/**
	 * The cached value of the '{@link #getFact() <em>Fact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFact()
	 * @generated
	 * @ordered
	 */
	protected ScenarioFact fact = FACT_EDEFAULT;

	/**
	 * The default value of the '{@link #isHolds() <em>Holds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHolds()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HOLDS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isHolds() <em>Holds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHolds()
	 * @generated
	 * @ordered
	 */
	protected boolean holds = HOLDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FactConditionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.FACT_CONDITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScenarioFact getFact() {
		return fact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFact(ScenarioFact newFact) {
		ScenarioFact oldFact = fact;
		fact = newFact == null ? FACT_EDEFAULT : newFact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.FACT_CONDITION__FACT, oldFact, fact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHolds() {
		return holds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHolds(boolean newHolds) {
		boolean oldHolds = holds;
		holds = newHolds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.FACT_CONDITION__HOLDS, oldHolds, holds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlowpilotPackage.FACT_CONDITION__FACT:
				return getFact();
			case FlowpilotPackage.FACT_CONDITION__HOLDS:
				return isHolds();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FlowpilotPackage.FACT_CONDITION__FACT:
				setFact((ScenarioFact)newValue);
				return;
			case FlowpilotPackage.FACT_CONDITION__HOLDS:
				setHolds((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FlowpilotPackage.FACT_CONDITION__FACT:
				setFact(FACT_EDEFAULT);
				return;
			case FlowpilotPackage.FACT_CONDITION__HOLDS:
				setHolds(HOLDS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FlowpilotPackage.FACT_CONDITION__FACT:
				return fact != FACT_EDEFAULT;
			case FlowpilotPackage.FACT_CONDITION__HOLDS:
				return holds != HOLDS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (fact: ");
		result.append(fact);
		result.append(", holds: ");
		result.append(holds);
		result.append(')');
		return result.toString();
	}

} //FactConditionImpl
