/**
 */
package org.flowpilot.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Esp Phase</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.EspPhase#getKind <em>Kind</em>}</li>
 *   <li>{@link org.flowpilot.model.EspPhase#getTrackedItems <em>Tracked Items</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getEspPhase()
 * @model
 * @generated
 */
public interface EspPhase extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flowpilot.model.EspPhaseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.flowpilot.model.EspPhaseKind
	 * @see #setKind(EspPhaseKind)
	 * @see org.flowpilot.model.FlowpilotPackage#getEspPhase_Kind()
	 * @model
	 * @generated
	 */
	EspPhaseKind getKind();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.EspPhase#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.flowpilot.model.EspPhaseKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EspPhaseKind value);

	/**
	 * Returns the value of the '<em><b>Tracked Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.flowpilot.model.TrackedItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tracked Items</em>' containment reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getEspPhase_TrackedItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrackedItem> getTrackedItems();

} // EspPhase
