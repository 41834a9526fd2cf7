/**
 */
package org.flowpilot.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.flowpilot.model.EspPhase;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.TrackedItem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Esp Phase</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.impl.EspPhaseImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.EspPhaseImpl#getTrackedItems <em>Tracked Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EspPhaseImpl extends MinimalEObjectImpl.Container implements EspPhase {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final EspPhaseKind KIND_EDEFAULT = EspPhaseKind.DEVICE_PREPARATION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected EspPhaseKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTrackedItems() <em>Tracked Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrackedItems()
	 * @generated
	 * @ordered
	 */
	protected EList<TrackedItem> trackedItems;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EspPhaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.ESP_PHASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EspPhaseKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(EspPhaseKind newKind) {
		EspPhaseKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.ESP_PHASE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrackedItem> getTrackedItems() {
		if (trackedItems == null) {
			trackedItems = new EObjectContainmentEList<TrackedItem>(TrackedItem.class, this, FlowpilotPackage.ESP_PHASE__TRACKED_ITEMS);
		}
		return trackedItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FlowpilotPackage.ESP_PHASE__TRACKED_ITEMS:
				return ((InternalEList<?>)getTrackedItems()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlowpilotPackage.ESP_PHASE__KIND:
				return getKind();
			case FlowpilotPackage.ESP_PHASE__TRACKED_ITEMS:
				return getTrackedItems();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FlowpilotPackage.ESP_PHASE__KIND:
				setKind((EspPhaseKind)newValue);
				return;
			case FlowpilotPackage.ESP_PHASE__TRACKED_ITEMS:
				getTrackedItems().clear();
				getTrackedItems().addAll((Collection<? extends TrackedItem>)newValue);
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
			case FlowpilotPackage.ESP_PHASE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FlowpilotPackage.ESP_PHASE__TRACKED_ITEMS:
				getTrackedItems().clear();
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
			case FlowpilotPackage.ESP_PHASE__KIND:
				return kind != KIND_EDEFAULT;
			case FlowpilotPackage.ESP_PHASE__TRACKED_ITEMS:
				return trackedItems != null && !trackedItems.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //EspPhaseImpl
