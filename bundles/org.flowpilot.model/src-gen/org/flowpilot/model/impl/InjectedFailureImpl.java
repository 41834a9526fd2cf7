/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.flowpilot.model.FailureKind;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.InjectedFailure;
import org.flowpilot.model.TrackedItem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Injected Failure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.impl.InjectedFailureImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.InjectedFailureImpl#getTrackedItem <em>Tracked Item</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InjectedFailureImpl extends MinimalEObjectImpl.Container implements InjectedFailure {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FailureKind KIND_EDEFAULT = FailureKind.TRACKED_ITEM_FAILS;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FailureKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTrackedItem() <em>Tracked Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrackedItem()
	 * @generated
	 * @ordered
	 */
	protected TrackedItem trackedItem;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InjectedFailureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.INJECTED_FAILURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FailureKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FailureKind newKind) {
		FailureKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.INJECTED_FAILURE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrackedItem getTrackedItem() {
		if (trackedItem != null && trackedItem.eIsProxy()) {
			InternalEObject oldTrackedItem = (InternalEObject)trackedItem;
			trackedItem = (TrackedItem)eResolveProxy(oldTrackedItem);
			if (trackedItem != oldTrackedItem) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FlowpilotPackage.INJECTED_FAILURE__TRACKED_ITEM, oldTrackedItem, trackedItem));
			}
		}
		return trackedItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrackedItem basicGetTrackedItem() {
		return trackedItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrackedItem(TrackedItem newTrackedItem) {
		TrackedItem oldTrackedItem = trackedItem;
		trackedItem = newTrackedItem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.INJECTED_FAILURE__TRACKED_ITEM, oldTrackedItem, trackedItem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlowpilotPackage.INJECTED_FAILURE__KIND:
				return getKind();
			case FlowpilotPackage.INJECTED_FAILURE__TRACKED_ITEM:
				if (resolve) return getTrackedItem();
				return basicGetTrackedItem();
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
			case FlowpilotPackage.INJECTED_FAILURE__KIND:
				setKind((FailureKind)newValue);
				return;
			case FlowpilotPackage.INJECTED_FAILURE__TRACKED_ITEM:
				setTrackedItem((TrackedItem)newValue);
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
			case FlowpilotPackage.INJECTED_FAILURE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FlowpilotPackage.INJECTED_FAILURE__TRACKED_ITEM:
				setTrackedItem((TrackedItem)null);
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
			case FlowpilotPackage.INJECTED_FAILURE__KIND:
				return kind != KIND_EDEFAULT;
			case FlowpilotPackage.INJECTED_FAILURE__TRACKED_ITEM:
				return trackedItem != null;
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

} //InjectedFailureImpl
