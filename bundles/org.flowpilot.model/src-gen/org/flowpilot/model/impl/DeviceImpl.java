/**
 */
package org.flowpilot.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.flowpilot.model.Connectivity;
import org.flowpilot.model.Device;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.User;
import org.flowpilot.model.WindowsVersion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.impl.DeviceImpl#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeviceImpl#getWindowsProductId <em>Windows Product Id</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeviceImpl#getHardwareHash <em>Hardware Hash</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeviceImpl#getGroupTag <em>Group Tag</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeviceImpl#getAssignedUser <em>Assigned User</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeviceImpl#getUserFriendlyName <em>User Friendly Name</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeviceImpl#getManufacturer <em>Manufacturer</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeviceImpl#getModel <em>Model</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeviceImpl#getWindowsVersion <em>Windows Version</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeviceImpl#isTpm20 <em>Tpm20</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeviceImpl#isVirtualMachine <em>Virtual Machine</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeviceImpl#getConnectivity <em>Connectivity</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeviceImpl#isDomainControllerOverVpn <em>Domain Controller Over Vpn</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceImpl extends NamedElementImpl implements Device {
	/**
	 * The default value of the '{@link #getSerialNumber() <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerialNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String SERIAL_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSerialNumber() <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerialNumber()
	 * @generated
	 * @ordered
	 */
	protected String serialNumber = SERIAL_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowsProductId() <em>Windows Product Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowsProductId()
	 * @generated
	 * @ordered
	 */
	protected static final String WINDOWS_PRODUCT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWindowsProductId() <em>Windows Product Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowsProductId()
	 * @generated
	 * @ordered
	 */
	protected String windowsProductId = WINDOWS_PRODUCT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getHardwareHash() <em>Hardware Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareHash()
	 * @generated
	 * @ordered
	 */
	protected static final String HARDWARE_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHardwareHash() <em>Hardware Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareHash()
	 * @generated
	 * @ordered
	 */
	protected String hardwareHash = HARDWARE_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroupTag() <em>Group Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupTag()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUP_TAG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroupTag() <em>Group Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupTag()
	 * @generated
	 * @ordered
	 */
	protected String groupTag = GROUP_TAG_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAssignedUser() <em>Assigned User</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignedUser()
	 * @generated
	 * @ordered
	 */
	protected User assignedUser;

	/**
	 * The default value of the '{@link #getUserFriendlyName() <em>User Friendly Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserFriendlyName()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_FRIENDLY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserFriendlyName() <em>User Friendly Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserFriendlyName()
	 * @generated
	 * @ordered
	 */
	protected String userFriendlyName = USER_FRIENDLY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getManufacturer() <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManufacturer()
	 * @generated
	 * @ordered
	 */
	protected static final String MANUFACTURER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManufacturer() <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManufacturer()
	 * @generated
	 * @ordered
	 */
	protected String manufacturer = MANUFACTURER_EDEFAULT;

	/**
	 * The default value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected String model = MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowsVersion() <em>Windows Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowsVersion()
	 * @generated
	 * @ordered
	 */
	protected static final WindowsVersion WINDOWS_VERSION_EDEFAULT = WindowsVersion.WINDOWS10;

	/**
	 * The cached value of the '{@link #getWindowsVersion() <em>Windows Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowsVersion()
	 * @generated
	 * @ordered
	 */
	protected WindowsVersion windowsVersion = WINDOWS_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #isTpm20() <em>Tpm20</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTpm20()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TPM20_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isTpm20() <em>Tpm20</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTpm20()
	 * @generated
	 * @ordered
	 */
	protected boolean tpm20 = TPM20_EDEFAULT;

	/**
	 * The default value of the '{@link #isVirtualMachine() <em>Virtual Machine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVirtualMachine()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VIRTUAL_MACHINE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isVirtualMachine() <em>Virtual Machine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVirtualMachine()
	 * @generated
	 * @ordered
	 */
	protected boolean virtualMachine = VIRTUAL_MACHINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getConnectivity() <em>Connectivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectivity()
	 * @generated
	 * @ordered
	 */
	protected static final Connectivity CONNECTIVITY_EDEFAULT = Connectivity.ETHERNET;

	/**
	 * The cached value of the '{@link #getConnectivity() <em>Connectivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectivity()
	 * @generated
	 * @ordered
	 */
	protected Connectivity connectivity = CONNECTIVITY_EDEFAULT;

	/**
	 * The default value of the '{@link #isDomainControllerOverVpn() <em>Domain Controller Over Vpn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDomainControllerOverVpn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DOMAIN_CONTROLLER_OVER_VPN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDomainControllerOverVpn() <em>Domain Controller Over Vpn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDomainControllerOverVpn()
	 * @generated
	 * @ordered
	 */
	protected boolean domainControllerOverVpn = DOMAIN_CONTROLLER_OVER_VPN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.DEVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSerialNumber() {
		return serialNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSerialNumber(String newSerialNumber) {
		String oldSerialNumber = serialNumber;
		serialNumber = newSerialNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEVICE__SERIAL_NUMBER, oldSerialNumber, serialNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWindowsProductId() {
		return windowsProductId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowsProductId(String newWindowsProductId) {
		String oldWindowsProductId = windowsProductId;
		windowsProductId = newWindowsProductId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEVICE__WINDOWS_PRODUCT_ID, oldWindowsProductId, windowsProductId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHardwareHash() {
		return hardwareHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardwareHash(String newHardwareHash) {
		String oldHardwareHash = hardwareHash;
		hardwareHash = newHardwareHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEVICE__HARDWARE_HASH, oldHardwareHash, hardwareHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroupTag() {
		return groupTag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupTag(String newGroupTag) {
		String oldGroupTag = groupTag;
		groupTag = newGroupTag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEVICE__GROUP_TAG, oldGroupTag, groupTag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User getAssignedUser() {
		if (assignedUser != null && assignedUser.eIsProxy()) {
			InternalEObject oldAssignedUser = (InternalEObject)assignedUser;
			assignedUser = (User)eResolveProxy(oldAssignedUser);
			if (assignedUser != oldAssignedUser) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FlowpilotPackage.DEVICE__ASSIGNED_USER, oldAssignedUser, assignedUser));
			}
		}
		return assignedUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public User basicGetAssignedUser() {
		return assignedUser;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssignedUser(User newAssignedUser) {
		User oldAssignedUser = assignedUser;
		assignedUser = newAssignedUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEVICE__ASSIGNED_USER, oldAssignedUser, assignedUser));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserFriendlyName() {
		return userFriendlyName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserFriendlyName(String newUserFriendlyName) {
		String oldUserFriendlyName = userFriendlyName;
		userFriendlyName = newUserFriendlyName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEVICE__USER_FRIENDLY_NAME, oldUserFriendlyName, userFriendlyName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManufacturer() {
		return manufacturer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManufacturer(String newManufacturer) {
		String oldManufacturer = manufacturer;
		manufacturer = newManufacturer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEVICE__MANUFACTURER, oldManufacturer, manufacturer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(String newModel) {
		String oldModel = model;
		model = newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEVICE__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WindowsVersion getWindowsVersion() {
		return windowsVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowsVersion(WindowsVersion newWindowsVersion) {
		WindowsVersion oldWindowsVersion = windowsVersion;
		windowsVersion = newWindowsVersion == null ? WINDOWS_VERSION_EDEFAULT : newWindowsVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEVICE__WINDOWS_VERSION, oldWindowsVersion, windowsVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTpm20() {
		return tpm20;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTpm20(boolean newTpm20) {
		boolean oldTpm20 = tpm20;
		tpm20 = newTpm20;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEVICE__TPM20, oldTpm20, tpm20));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVirtualMachine() {
		return virtualMachine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVirtualMachine(boolean newVirtualMachine) {
		boolean oldVirtualMachine = virtualMachine;
		virtualMachine = newVirtualMachine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEVICE__VIRTUAL_MACHINE, oldVirtualMachine, virtualMachine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Connectivity getConnectivity() {
		return connectivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnectivity(Connectivity newConnectivity) {
		Connectivity oldConnectivity = connectivity;
		connectivity = newConnectivity == null ? CONNECTIVITY_EDEFAULT : newConnectivity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEVICE__CONNECTIVITY, oldConnectivity, connectivity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDomainControllerOverVpn() {
		return domainControllerOverVpn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomainControllerOverVpn(boolean newDomainControllerOverVpn) {
		boolean oldDomainControllerOverVpn = domainControllerOverVpn;
		domainControllerOverVpn = newDomainControllerOverVpn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEVICE__DOMAIN_CONTROLLER_OVER_VPN, oldDomainControllerOverVpn, domainControllerOverVpn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlowpilotPackage.DEVICE__SERIAL_NUMBER:
				return getSerialNumber();
			case FlowpilotPackage.DEVICE__WINDOWS_PRODUCT_ID:
				return getWindowsProductId();
			case FlowpilotPackage.DEVICE__HARDWARE_HASH:
				return getHardwareHash();
			case FlowpilotPackage.DEVICE__GROUP_TAG:
				return getGroupTag();
			case FlowpilotPackage.DEVICE__ASSIGNED_USER:
				if (resolve) return getAssignedUser();
				return basicGetAssignedUser();
			case FlowpilotPackage.DEVICE__USER_FRIENDLY_NAME:
				return getUserFriendlyName();
			case FlowpilotPackage.DEVICE__MANUFACTURER:
				return getManufacturer();
			case FlowpilotPackage.DEVICE__MODEL:
				return getModel();
			case FlowpilotPackage.DEVICE__WINDOWS_VERSION:
				return getWindowsVersion();
			case FlowpilotPackage.DEVICE__TPM20:
				return isTpm20();
			case FlowpilotPackage.DEVICE__VIRTUAL_MACHINE:
				return isVirtualMachine();
			case FlowpilotPackage.DEVICE__CONNECTIVITY:
				return getConnectivity();
			case FlowpilotPackage.DEVICE__DOMAIN_CONTROLLER_OVER_VPN:
				return isDomainControllerOverVpn();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FlowpilotPackage.DEVICE__SERIAL_NUMBER:
				setSerialNumber((String)newValue);
				return;
			case FlowpilotPackage.DEVICE__WINDOWS_PRODUCT_ID:
				setWindowsProductId((String)newValue);
				return;
			case FlowpilotPackage.DEVICE__HARDWARE_HASH:
				setHardwareHash((String)newValue);
				return;
			case FlowpilotPackage.DEVICE__GROUP_TAG:
				setGroupTag((String)newValue);
				return;
			case FlowpilotPackage.DEVICE__ASSIGNED_USER:
				setAssignedUser((User)newValue);
				return;
			case FlowpilotPackage.DEVICE__USER_FRIENDLY_NAME:
				setUserFriendlyName((String)newValue);
				return;
			case FlowpilotPackage.DEVICE__MANUFACTURER:
				setManufacturer((String)newValue);
				return;
			case FlowpilotPackage.DEVICE__MODEL:
				setModel((String)newValue);
				return;
			case FlowpilotPackage.DEVICE__WINDOWS_VERSION:
				setWindowsVersion((WindowsVersion)newValue);
				return;
			case FlowpilotPackage.DEVICE__TPM20:
				setTpm20((Boolean)newValue);
				return;
			case FlowpilotPackage.DEVICE__VIRTUAL_MACHINE:
				setVirtualMachine((Boolean)newValue);
				return;
			case FlowpilotPackage.DEVICE__CONNECTIVITY:
				setConnectivity((Connectivity)newValue);
				return;
			case FlowpilotPackage.DEVICE__DOMAIN_CONTROLLER_OVER_VPN:
				setDomainControllerOverVpn((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FlowpilotPackage.DEVICE__SERIAL_NUMBER:
				setSerialNumber(SERIAL_NUMBER_EDEFAULT);
				return;
			case FlowpilotPackage.DEVICE__WINDOWS_PRODUCT_ID:
				setWindowsProductId(WINDOWS_PRODUCT_ID_EDEFAULT);
				return;
			case FlowpilotPackage.DEVICE__HARDWARE_HASH:
				setHardwareHash(HARDWARE_HASH_EDEFAULT);
				return;
			case FlowpilotPackage.DEVICE__GROUP_TAG:
				setGroupTag(GROUP_TAG_EDEFAULT);
				return;
			case FlowpilotPackage.DEVICE__ASSIGNED_USER:
				setAssignedUser((User)null);
				return;
			case FlowpilotPackage.DEVICE__USER_FRIENDLY_NAME:
				setUserFriendlyName(USER_FRIENDLY_NAME_EDEFAULT);
				return;
			case FlowpilotPackage.DEVICE__MANUFACTURER:
				setManufacturer(MANUFACTURER_EDEFAULT);
				return;
			case FlowpilotPackage.DEVICE__MODEL:
				setModel(MODEL_EDEFAULT);
				return;
			case FlowpilotPackage.DEVICE__WINDOWS_VERSION:
				setWindowsVersion(WINDOWS_VERSION_EDEFAULT);
				return;
			case FlowpilotPackage.DEVICE__TPM20:
				setTpm20(TPM20_EDEFAULT);
				return;
			case FlowpilotPackage.DEVICE__VIRTUAL_MACHINE:
				setVirtualMachine(VIRTUAL_MACHINE_EDEFAULT);
				return;
			case FlowpilotPackage.DEVICE__CONNECTIVITY:
				setConnectivity(CONNECTIVITY_EDEFAULT);
				return;
			case FlowpilotPackage.DEVICE__DOMAIN_CONTROLLER_OVER_VPN:
				setDomainControllerOverVpn(DOMAIN_CONTROLLER_OVER_VPN_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FlowpilotPackage.DEVICE__SERIAL_NUMBER:
				return SERIAL_NUMBER_EDEFAULT == null ? serialNumber != null : !SERIAL_NUMBER_EDEFAULT.equals(serialNumber);
			case FlowpilotPackage.DEVICE__WINDOWS_PRODUCT_ID:
				return WINDOWS_PRODUCT_ID_EDEFAULT == null ? windowsProductId != null : !WINDOWS_PRODUCT_ID_EDEFAULT.equals(windowsProductId);
			case FlowpilotPackage.DEVICE__HARDWARE_HASH:
				return HARDWARE_HASH_EDEFAULT == null ? hardwareHash != null : !HARDWARE_HASH_EDEFAULT.equals(hardwareHash);
			case FlowpilotPackage.DEVICE__GROUP_TAG:
				return GROUP_TAG_EDEFAULT == null ? groupTag != null : !GROUP_TAG_EDEFAULT.equals(groupTag);
			case FlowpilotPackage.DEVICE__ASSIGNED_USER:
				return assignedUser != null;
			case FlowpilotPackage.DEVICE__USER_FRIENDLY_NAME:
				return USER_FRIENDLY_NAME_EDEFAULT == null ? userFriendlyName != null : !USER_FRIENDLY_NAME_EDEFAULT.equals(userFriendlyName);
			case FlowpilotPackage.DEVICE__MANUFACTURER:
				return MANUFACTURER_EDEFAULT == null ? manufacturer != null : !MANUFACTURER_EDEFAULT.equals(manufacturer);
			case FlowpilotPackage.DEVICE__MODEL:
				return MODEL_EDEFAULT == null ? model != null : !MODEL_EDEFAULT.equals(model);
			case FlowpilotPackage.DEVICE__WINDOWS_VERSION:
				return windowsVersion != WINDOWS_VERSION_EDEFAULT;
			case FlowpilotPackage.DEVICE__TPM20:
				return tpm20 != TPM20_EDEFAULT;
			case FlowpilotPackage.DEVICE__VIRTUAL_MACHINE:
				return virtualMachine != VIRTUAL_MACHINE_EDEFAULT;
			case FlowpilotPackage.DEVICE__CONNECTIVITY:
				return connectivity != CONNECTIVITY_EDEFAULT;
			case FlowpilotPackage.DEVICE__DOMAIN_CONTROLLER_OVER_VPN:
				return domainControllerOverVpn != DOMAIN_CONTROLLER_OVER_VPN_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (serialNumber: ");
		result.append(serialNumber);
		result.append(", windowsProductId: ");
		result.append(windowsProductId);
		result.append(", hardwareHash: ");
		result.append(hardwareHash);
		result.append(", groupTag: ");
		result.append(groupTag);
		result.append(", userFriendlyName: ");
		result.append(userFriendlyName);
		result.append(", manufacturer: ");
		result.append(manufacturer);
		result.append(", model: ");
		result.append(model);
		result.append(", windowsVersion: ");
		result.append(windowsVersion);
		result.append(", tpm20: ");
		result.append(tpm20);
		result.append(", virtualMachine: ");
		result.append(virtualMachine);
		result.append(", connectivity: ");
		result.append(connectivity);
		result.append(", domainControllerOverVpn: ");
		result.append(domainControllerOverVpn);
		result.append(')');
		return result.toString();
	}

} //DeviceImpl
