/**
 */
package org.flowpilot.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Injected Failure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.InjectedFailure#getKind <em>Kind</em>}</li>
 *   <li>{@link org.flowpilot.model.InjectedFailure#getTrackedItem <em>Tracked Item</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getInjectedFailure()
 * @model
 * @generated
 */
public interface InjectedFailure extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flowpilot.model.FailureKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.flowpilot.model.FailureKind
	 * @see #setKind(FailureKind)
	 * @see org.flowpilot.model.FlowpilotPackage#getInjectedFailure_Kind()
	 * @model
	 * @generated
	 */
	FailureKind getKind();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.InjectedFailure#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.flowpilot.model.FailureKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FailureKind value);

	/**
	 * Returns the value of the '<em><b>Tracked Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tracked item that fails or hangs, for the kinds that concern one item.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tracked Item</em>' reference.
	 * @see #setTrackedItem(TrackedItem)
	 * @see org.flowpilot.model.FlowpilotPackage#getInjectedFailure_TrackedItem()
	 * @model
	 * @generated
	 */
	TrackedItem getTrackedItem();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.InjectedFailure#getTrackedItem <em>Tracked Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tracked Item</em>' reference.
	 * @see #getTrackedItem()
	 * @generated
	 */
	void setTrackedItem(TrackedItem value);

} // InjectedFailure
