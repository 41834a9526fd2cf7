/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.NetworkProfile#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getNetworkProfile()
 * @model
 * @generated
 */
public interface NetworkProfile extends TrackedItem {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flowpilot.model.NetworkProfileKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.flowpilot.model.NetworkProfileKind
	 * @see #setKind(NetworkProfileKind)
	 * @see org.flowpilot.model.FlowpilotPackage#getNetworkProfile_Kind()
	 * @model
	 * @generated
	 */
	NetworkProfileKind getKind();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.NetworkProfile#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.flowpilot.model.NetworkProfileKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(NetworkProfileKind value);

} // NetworkProfile
