/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Screen Hidden Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.ScreenHiddenCondition#getScreen <em>Screen</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getScreenHiddenCondition()
 * @model
 * @generated
 */
public interface ScreenHiddenCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>Screen</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flowpilot.model.ScreenKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Screen</em>' attribute.
	 * @see org.flowpilot.model.ScreenKind
	 * @see #setScreen(ScreenKind)
	 * @see org.flowpilot.model.FlowpilotPackage#getScreenHiddenCondition_Screen()
	 * @model
	 * @generated
	 */
	ScreenKind getScreen();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.ScreenHiddenCondition#getScreen <em>Screen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Screen</em>' attribute.
	 * @see org.flowpilot.model.ScreenKind
	 * @see #getScreen()
	 * @generated
	 */
	void setScreen(ScreenKind value);

} // ScreenHiddenCondition
