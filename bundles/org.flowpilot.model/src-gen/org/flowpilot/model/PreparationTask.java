/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Preparation Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.PreparationTask#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getPreparationTask()
 * @model
 * @generated
 */
public interface PreparationTask extends TrackedItem {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flowpilot.model.PreparationTaskKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.flowpilot.model.PreparationTaskKind
	 * @see #setKind(PreparationTaskKind)
	 * @see org.flowpilot.model.FlowpilotPackage#getPreparationTask_Kind()
	 * @model
	 * @generated
	 */
	PreparationTaskKind getKind();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.PreparationTask#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.flowpilot.model.PreparationTaskKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PreparationTaskKind value);

} // PreparationTask
