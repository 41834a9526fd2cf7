/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Windows Version Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.WindowsVersionCondition#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getWindowsVersionCondition()
 * @model
 * @generated
 */
public interface WindowsVersionCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flowpilot.model.WindowsVersion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see org.flowpilot.model.WindowsVersion
	 * @see #setVersion(WindowsVersion)
	 * @see org.flowpilot.model.FlowpilotPackage#getWindowsVersionCondition_Version()
	 * @model
	 * @generated
	 */
	WindowsVersion getVersion();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.WindowsVersionCondition#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see org.flowpilot.model.WindowsVersion
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(WindowsVersion value);

} // WindowsVersionCondition
