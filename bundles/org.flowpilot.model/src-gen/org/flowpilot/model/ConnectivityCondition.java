/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Connectivity Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.ConnectivityCondition#getConnectivity <em>Connectivity</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getConnectivityCondition()
 * @model
 * @generated
 */
public interface ConnectivityCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>Connectivity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flowpilot.model.Connectivity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connectivity</em>' attribute.
	 * @see org.flowpilot.model.Connectivity
	 * @see #setConnectivity(Connectivity)
	 * @see org.flowpilot.model.FlowpilotPackage#getConnectivityCondition_Connectivity()
	 * @model
	 * @generated
	 */
	Connectivity getConnectivity();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.ConnectivityCondition#getConnectivity <em>Connectivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connectivity</em>' attribute.
	 * @see org.flowpilot.model.Connectivity
	 * @see #getConnectivity()
	 * @generated
	 */
	void setConnectivity(Connectivity value);

} // ConnectivityCondition
