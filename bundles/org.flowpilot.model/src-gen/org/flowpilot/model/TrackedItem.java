/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tracked Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.TrackedItem#getEstimatedMinutes <em>Estimated Minutes</em>}</li>
 *   <li>{@link org.flowpilot.model.TrackedItem#getSimulatedOutcome <em>Simulated Outcome</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getTrackedItem()
 * @model abstract="true"
 * @generated
 */
public interface TrackedItem extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Estimated Minutes</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Estimated Minutes</em>' attribute.
	 * @see #setEstimatedMinutes(int)
	 * @see org.flowpilot.model.FlowpilotPackage#getTrackedItem_EstimatedMinutes()
	 * @model default="1"
	 * @generated
	 */
	int getEstimatedMinutes();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.TrackedItem#getEstimatedMinutes <em>Estimated Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimated Minutes</em>' attribute.
	 * @see #getEstimatedMinutes()
	 * @generated
	 */
	void setEstimatedMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Simulated Outcome</b></em>' attribute.
	 * The default value is <code>"succeeds"</code>.
	 * The literals are from the enumeration {@link org.flowpilot.model.SimulatedOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Simulated Outcome</em>' attribute.
	 * @see org.flowpilot.model.SimulatedOutcome
	 * @see #setSimulatedOutcome(SimulatedOutcome)
	 * @see org.flowpilot.model.FlowpilotPackage#getTrackedItem_SimulatedOutcome()
	 * @model default="succeeds"
	 * @generated
	 */
	SimulatedOutcome getSimulatedOutcome();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.TrackedItem#getSimulatedOutcome <em>Simulated Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Simulated Outcome</em>' attribute.
	 * @see org.flowpilot.model.SimulatedOutcome
	 * @see #getSimulatedOutcome()
	 * @generated
	 */
	void setSimulatedOutcome(SimulatedOutcome value);

} // TrackedItem
