/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fact Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.FactCondition#getFact <em>Fact</em>}</li>
 *   <li>{@link org.flowpilot.model.FactCondition#isHolds <em>Holds</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getFactCondition()
 * @model
 * @generated
 */
public interface FactCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>Fact</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flowpilot.model.ScenarioFact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fact</em>' attribute.
	 * @see org.flowpilot.model.ScenarioFact
	 * @see #setFact(ScenarioFact)
	 * @see org.flowpilot.model.FlowpilotPackage#getFactCondition_Fact()
	 * @model
	 * @generated
	 */
	ScenarioFact getFact();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.FactCondition#getFact <em>Fact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fact</em>' attribute.
	 * @see org.flowpilot.model.ScenarioFact
	 * @see #getFact()
	 * @generated
	 */
	void setFact(ScenarioFact value);

	/**
	 * Returns the value of the '<em><b>Holds</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Holds</em>' attribute.
	 * @see #setHolds(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getFactCondition_Holds()
	 * @model default="true"
	 * @generated
	 */
	boolean isHolds();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.FactCondition#isHolds <em>Holds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Holds</em>' attribute.
	 * @see #isHolds()
	 * @generated
	 */
	void setHolds(boolean value);

} // FactCondition
