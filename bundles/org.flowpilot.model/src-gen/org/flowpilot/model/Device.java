/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.Device#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link org.flowpilot.model.Device#getWindowsProductId <em>Windows Product Id</em>}</li>
 *   <li>{@link org.flowpilot.model.Device#getHardwareHash <em>Hardware Hash</em>}</li>
 *   <li>{@link org.flowpilot.model.Device#getGroupTag <em>Group Tag</em>}</li>
 *   <li>{@link org.flowpilot.model.Device#getAssignedUser <em>Assigned User</em>}</li>
 *   <li>{@link org.flowpilot.model.Device#getUserFriendlyName <em>User Friendly Name</em>}</li>
 *   <li>{@link org.flowpilot.model.Device#getManufacturer <em>Manufacturer</em>}</li>
 *   <li>{@link org.flowpilot.model.Device#getModel <em>Model</em>}</li>
 *   <li>{@link org.flowpilot.model.Device#getWindowsVersion <em>Windows Version</em>}</li>
 *   <li>{@link org.flowpilot.model.Device#isTpm20 <em>Tpm20</em>}</li>
 *   <li>{@link org.flowpilot.model.Device#isVirtualMachine <em>Virtual Machine</em>}</li>
 *   <li>{@link org.flowpilot.model.Device#getConnectivity <em>Connectivity</em>}</li>
 *   <li>{@link org.flowpilot.model.Device#isDomainControllerOverVpn <em>Domain Controller Over Vpn</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getDevice()
 * @model
 * @generated
 */
public interface Device extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Serial Number</em>' attribute.
	 * @see #setSerialNumber(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getDevice_SerialNumber()
	 * @model
	 * @generated
	 */
	String getSerialNumber();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Device#getSerialNumber <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial Number</em>' attribute.
	 * @see #getSerialNumber()
	 * @generated
	 */
	void setSerialNumber(String value);

	/**
	 * Returns the value of the '<em><b>Windows Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Windows Product Id</em>' attribute.
	 * @see #setWindowsProductId(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getDevice_WindowsProductId()
	 * @model
	 * @generated
	 */
	String getWindowsProductId();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Device#getWindowsProductId <em>Windows Product Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Windows Product Id</em>' attribute.
	 * @see #getWindowsProductId()
	 * @generated
	 */
	void setWindowsProductId(String value);

	/**
	 * Returns the value of the '<em><b>Hardware Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hardware Hash</em>' attribute.
	 * @see #setHardwareHash(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getDevice_HardwareHash()
	 * @model
	 * @generated
	 */
	String getHardwareHash();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Device#getHardwareHash <em>Hardware Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware Hash</em>' attribute.
	 * @see #getHardwareHash()
	 * @generated
	 */
	void setHardwareHash(String value);

	/**
	 * Returns the value of the '<em><b>Group Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group Tag</em>' attribute.
	 * @see #setGroupTag(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getDevice_GroupTag()
	 * @model
	 * @generated
	 */
	String getGroupTag();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Device#getGroupTag <em>Group Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Tag</em>' attribute.
	 * @see #getGroupTag()
	 * @generated
	 */
	void setGroupTag(String value);

	/**
	 * Returns the value of the '<em><b>Assigned User</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assigned User</em>' reference.
	 * @see #setAssignedUser(User)
	 * @see org.flowpilot.model.FlowpilotPackage#getDevice_AssignedUser()
	 * @model
	 * @generated
	 */
	User getAssignedUser();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Device#getAssignedUser <em>Assigned User</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assigned User</em>' reference.
	 * @see #getAssignedUser()
	 * @generated
	 */
	void setAssignedUser(User value);

	/**
	 * Returns the value of the '<em><b>User Friendly Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name shown at sign-in for the assigned user (Graph: addressableUserName).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Friendly Name</em>' attribute.
	 * @see #setUserFriendlyName(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getDevice_UserFriendlyName()
	 * @model
	 * @generated
	 */
	String getUserFriendlyName();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Device#getUserFriendlyName <em>User Friendly Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Friendly Name</em>' attribute.
	 * @see #getUserFriendlyName()
	 * @generated
	 */
	void setUserFriendlyName(String value);

	/**
	 * Returns the value of the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manufacturer</em>' attribute.
	 * @see #setManufacturer(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getDevice_Manufacturer()
	 * @model
	 * @generated
	 */
	String getManufacturer();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Device#getManufacturer <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manufacturer</em>' attribute.
	 * @see #getManufacturer()
	 * @generated
	 */
	void setManufacturer(String value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see #setModel(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getDevice_Model()
	 * @model
	 * @generated
	 */
	String getModel();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Device#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(String value);

	/**
	 * Returns the value of the '<em><b>Windows Version</b></em>' attribute.
	 * The default value is <code>"windows11"</code>.
	 * The literals are from the enumeration {@link org.flowpilot.model.WindowsVersion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Windows Version</em>' attribute.
	 * @see org.flowpilot.model.WindowsVersion
	 * @see #setWindowsVersion(WindowsVersion)
	 * @see org.flowpilot.model.FlowpilotPackage#getDevice_WindowsVersion()
	 * @model default="windows11"
	 * @generated
	 */
	WindowsVersion getWindowsVersion();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Device#getWindowsVersion <em>Windows Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Windows Version</em>' attribute.
	 * @see org.flowpilot.model.WindowsVersion
	 * @see #getWindowsVersion()
	 * @generated
	 */
	void setWindowsVersion(WindowsVersion value);

	/**
	 * Returns the value of the '<em><b>Tpm20</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tpm20</em>' attribute.
	 * @see #setTpm20(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getDevice_Tpm20()
	 * @model default="true"
	 * @generated
	 */
	boolean isTpm20();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Device#isTpm20 <em>Tpm20</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tpm20</em>' attribute.
	 * @see #isTpm20()
	 * @generated
	 */
	void setTpm20(boolean value);

	/**
	 * Returns the value of the '<em><b>Virtual Machine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Virtual Machine</em>' attribute.
	 * @see #setVirtualMachine(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getDevice_VirtualMachine()
	 * @model
	 * @generated
	 */
	boolean isVirtualMachine();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Device#isVirtualMachine <em>Virtual Machine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Virtual Machine</em>' attribute.
	 * @see #isVirtualMachine()
	 * @generated
	 */
	void setVirtualMachine(boolean value);

	/**
	 * Returns the value of the '<em><b>Connectivity</b></em>' attribute.
	 * The default value is <code>"ethernet"</code>.
	 * The literals are from the enumeration {@link org.flowpilot.model.Connectivity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connectivity</em>' attribute.
	 * @see org.flowpilot.model.Connectivity
	 * @see #setConnectivity(Connectivity)
	 * @see org.flowpilot.model.FlowpilotPackage#getDevice_Connectivity()
	 * @model default="ethernet"
	 * @generated
	 */
	Connectivity getConnectivity();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Device#getConnectivity <em>Connectivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connectivity</em>' attribute.
	 * @see org.flowpilot.model.Connectivity
	 * @see #getConnectivity()
	 * @generated
	 */
	void setConnectivity(Connectivity value);

	/**
	 * Returns the value of the '<em><b>Domain Controller Over Vpn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device is deployed off premises and reaches a domain controller only through a VPN.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Controller Over Vpn</em>' attribute.
	 * @see #setDomainControllerOverVpn(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getDevice_DomainControllerOverVpn()
	 * @model
	 * @generated
	 */
	boolean isDomainControllerOverVpn();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Device#isDomainControllerOverVpn <em>Domain Controller Over Vpn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Controller Over Vpn</em>' attribute.
	 * @see #isDomainControllerOverVpn()
	 * @generated
	 */
	void setDomainControllerOverVpn(boolean value);

} // Device
