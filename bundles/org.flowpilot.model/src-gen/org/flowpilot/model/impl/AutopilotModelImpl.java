/**
 */
package org.flowpilot.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Device;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.Group;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.User;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Autopilot Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.impl.AutopilotModelImpl#getOrganizationName <em>Organization Name</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.AutopilotModelImpl#getTenantId <em>Tenant Id</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.AutopilotModelImpl#getTenantDomain <em>Tenant Domain</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.AutopilotModelImpl#getProfiles <em>Profiles</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.AutopilotModelImpl#getEnrollmentStatusPages <em>Enrollment Status Pages</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.AutopilotModelImpl#getUsers <em>Users</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.AutopilotModelImpl#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.AutopilotModelImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.AutopilotModelImpl#getFlows <em>Flows</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.AutopilotModelImpl#getScenarios <em>Scenarios</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AutopilotModelImpl extends NamedElementImpl implements AutopilotModel {
	/**
	 * The default value of the '{@link #getOrganizationName() <em>Organization Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizationName()
	 * @generated
	 * @ordered
	 */
	protected static final String ORGANIZATION_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrganizationName() <em>Organization Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizationName()
	 * @generated
	 * @ordered
	 */
	protected String organizationName = ORGANIZATION_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTenantId() <em>Tenant Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTenantId()
	 * @generated
	 * @ordered
	 */
	protected static final String TENANT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTenantId() <em>Tenant Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTenantId()
	 * @generated
	 * @ordered
	 */
	protected String tenantId = TENANT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTenantDomain() <em>Tenant Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTenantDomain()
	 * @generated
	 * @ordered
	 */
	protected static final String TENANT_DOMAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTenantDomain() <em>Tenant Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTenantDomain()
	 * @generated
	 * @ordered
	 */
	protected String tenantDomain = TENANT_DOMAIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProfiles() <em>Profiles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfiles()
	 * @generated
	 * @ordered
	 */
	protected EList<DeploymentProfile> profiles;

	/**
	 * The cached value of the '{@link #getEnrollmentStatusPages() <em>Enrollment Status Pages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnrollmentStatusPages()
	 * @generated
	 * @ordered
	 */
	protected EList<EnrollmentStatusPage> enrollmentStatusPages;

	/**
	 * The cached value of the '{@link #getUsers() <em>Users</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsers()
	 * @generated
	 * @ordered
	 */
	protected EList<User> users;

	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<Device> devices;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<Group> groups;

	/**
	 * The cached value of the '{@link #getFlows() <em>Flows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<Flow> flows;

	/**
	 * The cached value of the '{@link #getScenarios() <em>Scenarios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<Scenario> scenarios;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AutopilotModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.AUTOPILOT_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrganizationName() {
		return organizationName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganizationName(String newOrganizationName) {
		String oldOrganizationName = organizationName;
		organizationName = newOrganizationName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.AUTOPILOT_MODEL__ORGANIZATION_NAME, oldOrganizationName, organizationName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTenantId() {
		return tenantId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTenantId(String newTenantId) {
		String oldTenantId = tenantId;
		tenantId = newTenantId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.AUTOPILOT_MODEL__TENANT_ID, oldTenantId, tenantId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTenantDomain() {
		return tenantDomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTenantDomain(String newTenantDomain) {
		String oldTenantDomain = tenantDomain;
		tenantDomain = newTenantDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.AUTOPILOT_MODEL__TENANT_DOMAIN, oldTenantDomain, tenantDomain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeploymentProfile> getProfiles() {
		if (profiles == null) {
			profiles = new EObjectContainmentEList<DeploymentProfile>(DeploymentProfile.class, this, FlowpilotPackage.AUTOPILOT_MODEL__PROFILES);
		}
		return profiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EnrollmentStatusPage> getEnrollmentStatusPages() {
		if (enrollmentStatusPages == null) {
			enrollmentStatusPages = new EObjectContainmentEList<EnrollmentStatusPage>(EnrollmentStatusPage.class, this, FlowpilotPackage.AUTOPILOT_MODEL__ENROLLMENT_STATUS_PAGES);
		}
		return enrollmentStatusPages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<User> getUsers() {
		if (users == null) {
			users = new EObjectContainmentEList<User>(User.class, this, FlowpilotPackage.AUTOPILOT_MODEL__USERS);
		}
		return users;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Device> getDevices() {
		if (devices == null) {
			devices = new EObjectContainmentEList<Device>(Device.class, this, FlowpilotPackage.AUTOPILOT_MODEL__DEVICES);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Group> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<Group>(Group.class, this, FlowpilotPackage.AUTOPILOT_MODEL__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Flow> getFlows() {
		if (flows == null) {
			flows = new EObjectContainmentEList<Flow>(Flow.class, this, FlowpilotPackage.AUTOPILOT_MODEL__FLOWS);
		}
		return flows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scenario> getScenarios() {
		if (scenarios == null) {
			scenarios = new EObjectContainmentEList<Scenario>(Scenario.class, this, FlowpilotPackage.AUTOPILOT_MODEL__SCENARIOS);
		}
		return scenarios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FlowpilotPackage.AUTOPILOT_MODEL__PROFILES:
				return ((InternalEList<?>)getProfiles()).basicRemove(otherEnd, msgs);
			case FlowpilotPackage.AUTOPILOT_MODEL__ENROLLMENT_STATUS_PAGES:
				return ((InternalEList<?>)getEnrollmentStatusPages()).basicRemove(otherEnd, msgs);
			case FlowpilotPackage.AUTOPILOT_MODEL__USERS:
				return ((InternalEList<?>)getUsers()).basicRemove(otherEnd, msgs);
			case FlowpilotPackage.AUTOPILOT_MODEL__DEVICES:
				return ((InternalEList<?>)getDevices()).basicRemove(otherEnd, msgs);
			case FlowpilotPackage.AUTOPILOT_MODEL__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
			case FlowpilotPackage.AUTOPILOT_MODEL__FLOWS:
				return ((InternalEList<?>)getFlows()).basicRemove(otherEnd, msgs);
			case FlowpilotPackage.AUTOPILOT_MODEL__SCENARIOS:
				return ((InternalEList<?>)getScenarios()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlowpilotPackage.AUTOPILOT_MODEL__ORGANIZATION_NAME:
				return getOrganizationName();
			case FlowpilotPackage.AUTOPILOT_MODEL__TENANT_ID:
				return getTenantId();
			case FlowpilotPackage.AUTOPILOT_MODEL__TENANT_DOMAIN:
				return getTenantDomain();
			case FlowpilotPackage.AUTOPILOT_MODEL__PROFILES:
				return getProfiles();
			case FlowpilotPackage.AUTOPILOT_MODEL__ENROLLMENT_STATUS_PAGES:
				return getEnrollmentStatusPages();
			case FlowpilotPackage.AUTOPILOT_MODEL__USERS:
				return getUsers();
			case FlowpilotPackage.AUTOPILOT_MODEL__DEVICES:
				return getDevices();
			case FlowpilotPackage.AUTOPILOT_MODEL__GROUPS:
				return getGroups();
			case FlowpilotPackage.AUTOPILOT_MODEL__FLOWS:
				return getFlows();
			case FlowpilotPackage.AUTOPILOT_MODEL__SCENARIOS:
				return getScenarios();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FlowpilotPackage.AUTOPILOT_MODEL__ORGANIZATION_NAME:
				setOrganizationName((String)newValue);
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__TENANT_ID:
				setTenantId((String)newValue);
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__TENANT_DOMAIN:
				setTenantDomain((String)newValue);
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__PROFILES:
				getProfiles().clear();
				getProfiles().addAll((Collection<? extends DeploymentProfile>)newValue);
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__ENROLLMENT_STATUS_PAGES:
				getEnrollmentStatusPages().clear();
				getEnrollmentStatusPages().addAll((Collection<? extends EnrollmentStatusPage>)newValue);
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__USERS:
				getUsers().clear();
				getUsers().addAll((Collection<? extends User>)newValue);
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends Device>)newValue);
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends Group>)newValue);
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__FLOWS:
				getFlows().clear();
				getFlows().addAll((Collection<? extends Flow>)newValue);
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__SCENARIOS:
				getScenarios().clear();
				getScenarios().addAll((Collection<? extends Scenario>)newValue);
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
			case FlowpilotPackage.AUTOPILOT_MODEL__ORGANIZATION_NAME:
				setOrganizationName(ORGANIZATION_NAME_EDEFAULT);
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__TENANT_ID:
				setTenantId(TENANT_ID_EDEFAULT);
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__TENANT_DOMAIN:
				setTenantDomain(TENANT_DOMAIN_EDEFAULT);
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__PROFILES:
				getProfiles().clear();
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__ENROLLMENT_STATUS_PAGES:
				getEnrollmentStatusPages().clear();
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__USERS:
				getUsers().clear();
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__DEVICES:
				getDevices().clear();
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__GROUPS:
				getGroups().clear();
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__FLOWS:
				getFlows().clear();
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__SCENARIOS:
				getScenarios().clear();
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
			case FlowpilotPackage.AUTOPILOT_MODEL__ORGANIZATION_NAME:
				return ORGANIZATION_NAME_EDEFAULT == null ? organizationName != null : !ORGANIZATION_NAME_EDEFAULT.equals(organizationName);
			case FlowpilotPackage.AUTOPILOT_MODEL__TENANT_ID:
				return TENANT_ID_EDEFAULT == null ? tenantId != null : !TENANT_ID_EDEFAULT.equals(tenantId);
			case FlowpilotPackage.AUTOPILOT_MODEL__TENANT_DOMAIN:
				return TENANT_DOMAIN_EDEFAULT == null ? tenantDomain != null : !TENANT_DOMAIN_EDEFAULT.equals(tenantDomain);
			case FlowpilotPackage.AUTOPILOT_MODEL__PROFILES:
				return profiles != null && !profiles.isEmpty();
			case FlowpilotPackage.AUTOPILOT_MODEL__ENROLLMENT_STATUS_PAGES:
				return enrollmentStatusPages != null && !enrollmentStatusPages.isEmpty();
			case FlowpilotPackage.AUTOPILOT_MODEL__USERS:
				return users != null && !users.isEmpty();
			case FlowpilotPackage.AUTOPILOT_MODEL__DEVICES:
				return devices != null && !devices.isEmpty();
			case FlowpilotPackage.AUTOPILOT_MODEL__GROUPS:
				return groups != null && !groups.isEmpty();
			case FlowpilotPackage.AUTOPILOT_MODEL__FLOWS:
				return flows != null && !flows.isEmpty();
			case FlowpilotPackage.AUTOPILOT_MODEL__SCENARIOS:
				return scenarios != null && !scenarios.isEmpty();
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
		result.append(" (organizationName: ");
		result.append(organizationName);
		result.append(", tenantId: ");
		result.append(tenantId);
		result.append(", tenantDomain: ");
		result.append(tenantDomain);
		result.append(')');
		return result.toString();
	}

} //AutopilotModelImpl
