/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.SimulatedOutcome;
import org.flowpilot.model.TrackedItem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tracked Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.impl.TrackedItemImpl#getEstimatedMinutes <em>Estimated Minutes</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.TrackedItemImpl#getSimulatedOutcome <em>Simulated Outcome</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class TrackedItemImpl extends NamedElementImpl implements TrackedItem {
	/**
	 * The default value of the '{@link #getEstimatedMinutes() <em>Estimated Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int ESTIMATED_MINUTES_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getEstimatedMinutes() <em>Estimated Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedMinutes()
	 * @generated
	 * @ordered
	 */
	protected int estimatedMinutes = ESTIMATED_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSimulatedOutcome() <em>Simulated Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSimulatedOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final SimulatedOutcome SIMULATED_OUTCOME_EDEFAULT = SimulatedOutcome.SUCCEEDS;

	/**
	 * The cached value of the '{@link #getSimulatedOutcome() <em>Simulated Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSimulatedOutcome()
	 * @generated
	 * @ordered
	 */
	protected SimulatedOutcome simulatedOutcome = SIMULATED_OUTCOME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrackedItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.TRACKED_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEstimatedMinutes() {
		return estimatedMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimatedMinutes(int newEstimatedMinutes) {
		int oldEstimatedMinutes = estimatedMinutes;
		estimatedMinutes = newEstimatedMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.TRACKED_ITEM__ESTIMATED_MINUTES, oldEstimatedMinutes, estimatedMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SimulatedOutcome getSimulatedOutcome() {
		return simulatedOutcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSimulatedOutcome(SimulatedOutcome newSimulatedOutcome) {
		SimulatedOutcome oldSimulatedOutcome = simulatedOutcome;
		simulatedOutcome = newSimulatedOutcome == null ? SIMULATED_OUTCOME_EDEFAULT : newSimulatedOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.TRACKED_ITEM__SIMULATED_OUTCOME, oldSimulatedOutcome, simulatedOutcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlowpilotPackage.TRACKED_ITEM__ESTIMATED_MINUTES:
				return getEstimatedMinutes();
			case FlowpilotPackage.TRACKED_ITEM__SIMULATED_OUTCOME:
				return getSimulatedOutcome();
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
			case FlowpilotPackage.TRACKED_ITEM__ESTIMATED_MINUTES:
				setEstimatedMinutes((Integer)newValue);
				return;
			case FlowpilotPackage.TRACKED_ITEM__SIMULATED_OUTCOME:
				setSimulatedOutcome((SimulatedOutcome)newValue);
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
			case FlowpilotPackage.TRACKED_ITEM__ESTIMATED_MINUTES:
				setEstimatedMinutes(ESTIMATED_MINUTES_EDEFAULT);
				return;
			case FlowpilotPackage.TRACKED_ITEM__SIMULATED_OUTCOME:
				setSimulatedOutcome(SIMULATED_OUTCOME_EDEFAULT);
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
			case FlowpilotPackage.TRACKED_ITEM__ESTIMATED_MINUTES:
				return estimatedMinutes != ESTIMATED_MINUTES_EDEFAULT;
			case FlowpilotPackage.TRACKED_ITEM__SIMULATED_OUTCOME:
				return simulatedOutcome != SIMULATED_OUTCOME_EDEFAULT;
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
		result.append(" (estimatedMinutes: ");
		result.append(estimatedMinutes);
		result.append(", simulatedOutcome: ");
		result.append(simulatedOutcome);
		result.append(')');
		return result.toString();
	}

} //TrackedItemImpl
