/**
 */
package org.flowpilot.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.flowpilot.model.Connectivity;
import org.flowpilot.model.Device;
import org.flowpilot.model.FailurePageChoice;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.InjectedFailure;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.WindowsVersion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.impl.ScenarioImpl#getFlow <em>Flow</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.ScenarioImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.ScenarioImpl#getWindowsVersion <em>Windows Version</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.ScenarioImpl#getConnectivity <em>Connectivity</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.ScenarioImpl#isUserPresent <em>User Present</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.ScenarioImpl#isMfaPrompted <em>Mfa Prompted</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.ScenarioImpl#isTechnicianFlowDone <em>Technician Flow Done</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.ScenarioImpl#getTechnicianFlowCompleted <em>Technician Flow Completed</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.ScenarioImpl#getRunStarts <em>Run Starts</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.ScenarioImpl#getInjectedFailures <em>Injected Failures</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.ScenarioImpl#getFailurePageChoices <em>Failure Page Choices</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioImpl extends NamedElementImpl implements Scenario {
	/**
	 * The cached value of the '{@link #getFlow() <em>Flow</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlow()
	 * @generated
	 * @ordered
	 */
	protected Flow flow;

	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected Device device;

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
	 * The default value of the '{@link #isUserPresent() <em>User Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUserPresent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean USER_PRESENT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isUserPresent() <em>User Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUserPresent()
	 * @generated
	 * @ordered
	 */
	protected boolean userPresent = USER_PRESENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isMfaPrompted() <em>Mfa Prompted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMfaPrompted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MFA_PROMPTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMfaPrompted() <em>Mfa Prompted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMfaPrompted()
	 * @generated
	 * @ordered
	 */
	protected boolean mfaPrompted = MFA_PROMPTED_EDEFAULT;

	/**
	 * The default value of the '{@link #isTechnicianFlowDone() <em>Technician Flow Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTechnicianFlowDone()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TECHNICIAN_FLOW_DONE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTechnicianFlowDone() <em>Technician Flow Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTechnicianFlowDone()
	 * @generated
	 * @ordered
	 */
	protected boolean technicianFlowDone = TECHNICIAN_FLOW_DONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTechnicianFlowCompleted() <em>Technician Flow Completed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechnicianFlowCompleted()
	 * @generated
	 * @ordered
	 */
	protected static final Date TECHNICIAN_FLOW_COMPLETED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTechnicianFlowCompleted() <em>Technician Flow Completed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechnicianFlowCompleted()
	 * @generated
	 * @ordered
	 */
	protected Date technicianFlowCompleted = TECHNICIAN_FLOW_COMPLETED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRunStarts() <em>Run Starts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunStarts()
	 * @generated
	 * @ordered
	 */
	protected static final Date RUN_STARTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRunStarts() <em>Run Starts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunStarts()
	 * @generated
	 * @ordered
	 */
	protected Date runStarts = RUN_STARTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInjectedFailures() <em>Injected Failures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInjectedFailures()
	 * @generated
	 * @ordered
	 */
	protected EList<InjectedFailure> injectedFailures;

	/**
	 * The cached value of the '{@link #getFailurePageChoices() <em>Failure Page Choices</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailurePageChoices()
	 * @generated
	 * @ordered
	 */
	protected EList<FailurePageChoice> failurePageChoices;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.SCENARIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Flow getFlow() {
		if (flow != null && flow.eIsProxy()) {
			InternalEObject oldFlow = (InternalEObject)flow;
			flow = (Flow)eResolveProxy(oldFlow);
			if (flow != oldFlow) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FlowpilotPackage.SCENARIO__FLOW, oldFlow, flow));
			}
		}
		return flow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Flow basicGetFlow() {
		return flow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlow(Flow newFlow) {
		Flow oldFlow = flow;
		flow = newFlow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.SCENARIO__FLOW, oldFlow, flow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getDevice() {
		if (device != null && device.eIsProxy()) {
			InternalEObject oldDevice = (InternalEObject)device;
			device = (Device)eResolveProxy(oldDevice);
			if (device != oldDevice) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FlowpilotPackage.SCENARIO__DEVICE, oldDevice, device));
			}
		}
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Device basicGetDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(Device newDevice) {
		Device oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.SCENARIO__DEVICE, oldDevice, device));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.SCENARIO__WINDOWS_VERSION, oldWindowsVersion, windowsVersion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.SCENARIO__CONNECTIVITY, oldConnectivity, connectivity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUserPresent() {
		return userPresent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserPresent(boolean newUserPresent) {
		boolean oldUserPresent = userPresent;
		userPresent = newUserPresent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.SCENARIO__USER_PRESENT, oldUserPresent, userPresent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMfaPrompted() {
		return mfaPrompted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMfaPrompted(boolean newMfaPrompted) {
		boolean oldMfaPrompted = mfaPrompted;
		mfaPrompted = newMfaPrompted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.SCENARIO__MFA_PROMPTED, oldMfaPrompted, mfaPrompted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTechnicianFlowDone() {
		return technicianFlowDone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTechnicianFlowDone(boolean newTechnicianFlowDone) {
		boolean oldTechnicianFlowDone = technicianFlowDone;
		technicianFlowDone = newTechnicianFlowDone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.SCENARIO__TECHNICIAN_FLOW_DONE, oldTechnicianFlowDone, technicianFlowDone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getTechnicianFlowCompleted() {
		return technicianFlowCompleted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTechnicianFlowCompleted(Date newTechnicianFlowCompleted) {
		Date oldTechnicianFlowCompleted = technicianFlowCompleted;
		technicianFlowCompleted = newTechnicianFlowCompleted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.SCENARIO__TECHNICIAN_FLOW_COMPLETED, oldTechnicianFlowCompleted, technicianFlowCompleted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getRunStarts() {
		return runStarts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunStarts(Date newRunStarts) {
		Date oldRunStarts = runStarts;
		runStarts = newRunStarts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.SCENARIO__RUN_STARTS, oldRunStarts, runStarts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InjectedFailure> getInjectedFailures() {
		if (injectedFailures == null) {
			injectedFailures = new EObjectContainmentEList<InjectedFailure>(InjectedFailure.class, this, FlowpilotPackage.SCENARIO__INJECTED_FAILURES);
		}
		return injectedFailures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FailurePageChoice> getFailurePageChoices() {
		if (failurePageChoices == null) {
			failurePageChoices = new EDataTypeUniqueEList<FailurePageChoice>(FailurePageChoice.class, this, FlowpilotPackage.SCENARIO__FAILURE_PAGE_CHOICES);
		}
		return failurePageChoices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FlowpilotPackage.SCENARIO__INJECTED_FAILURES:
				return ((InternalEList<?>)getInjectedFailures()).basicRemove(otherEnd, msgs);
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
			case FlowpilotPackage.SCENARIO__FLOW:
				if (resolve) return getFlow();
				return basicGetFlow();
			case FlowpilotPackage.SCENARIO__DEVICE:
				if (resolve) return getDevice();
				return basicGetDevice();
			case FlowpilotPackage.SCENARIO__WINDOWS_VERSION:
				return getWindowsVersion();
			case FlowpilotPackage.SCENARIO__CONNECTIVITY:
				return getConnectivity();
			case FlowpilotPackage.SCENARIO__USER_PRESENT:
				return isUserPresent();
			case FlowpilotPackage.SCENARIO__MFA_PROMPTED:
				return isMfaPrompted();
			case FlowpilotPackage.SCENARIO__TECHNICIAN_FLOW_DONE:
				return isTechnicianFlowDone();
			case FlowpilotPackage.SCENARIO__TECHNICIAN_FLOW_COMPLETED:
				return getTechnicianFlowCompleted();
			case FlowpilotPackage.SCENARIO__RUN_STARTS:
				return getRunStarts();
			case FlowpilotPackage.SCENARIO__INJECTED_FAILURES:
				return getInjectedFailures();
			case FlowpilotPackage.SCENARIO__FAILURE_PAGE_CHOICES:
				return getFailurePageChoices();
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
			case FlowpilotPackage.SCENARIO__FLOW:
				setFlow((Flow)newValue);
				return;
			case FlowpilotPackage.SCENARIO__DEVICE:
				setDevice((Device)newValue);
				return;
			case FlowpilotPackage.SCENARIO__WINDOWS_VERSION:
				setWindowsVersion((WindowsVersion)newValue);
				return;
			case FlowpilotPackage.SCENARIO__CONNECTIVITY:
				setConnectivity((Connectivity)newValue);
				return;
			case FlowpilotPackage.SCENARIO__USER_PRESENT:
				setUserPresent((Boolean)newValue);
				return;
			case FlowpilotPackage.SCENARIO__MFA_PROMPTED:
				setMfaPrompted((Boolean)newValue);
				return;
			case FlowpilotPackage.SCENARIO__TECHNICIAN_FLOW_DONE:
				setTechnicianFlowDone((Boolean)newValue);
				return;
			case FlowpilotPackage.SCENARIO__TECHNICIAN_FLOW_COMPLETED:
				setTechnicianFlowCompleted((Date)newValue);
				return;
			case FlowpilotPackage.SCENARIO__RUN_STARTS:
				setRunStarts((Date)newValue);
				return;
			case FlowpilotPackage.SCENARIO__INJECTED_FAILURES:
				getInjectedFailures().clear();
				getInjectedFailures().addAll((Collection<? extends InjectedFailure>)newValue);
				return;
			case FlowpilotPackage.SCENARIO__FAILURE_PAGE_CHOICES:
				getFailurePageChoices().clear();
				getFailurePageChoices().addAll((Collection<? extends FailurePageChoice>)newValue);
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
			case FlowpilotPackage.SCENARIO__FLOW:
				setFlow((Flow)null);
				return;
			case FlowpilotPackage.SCENARIO__DEVICE:
				setDevice((Device)null);
				return;
			case FlowpilotPackage.SCENARIO__WINDOWS_VERSION:
				setWindowsVersion(WINDOWS_VERSION_EDEFAULT);
				return;
			case FlowpilotPackage.SCENARIO__CONNECTIVITY:
				setConnectivity(CONNECTIVITY_EDEFAULT);
				return;
			case FlowpilotPackage.SCENARIO__USER_PRESENT:
				setUserPresent(USER_PRESENT_EDEFAULT);
				return;
			case FlowpilotPackage.SCENARIO__MFA_PROMPTED:
				setMfaPrompted(MFA_PROMPTED_EDEFAULT);
				return;
			case FlowpilotPackage.SCENARIO__TECHNICIAN_FLOW_DONE:
				setTechnicianFlowDone(TECHNICIAN_FLOW_DONE_EDEFAULT);
				return;
			case FlowpilotPackage.SCENARIO__TECHNICIAN_FLOW_COMPLETED:
				setTechnicianFlowCompleted(TECHNICIAN_FLOW_COMPLETED_EDEFAULT);
				return;
			case FlowpilotPackage.SCENARIO__RUN_STARTS:
				setRunStarts(RUN_STARTS_EDEFAULT);
				return;
			case FlowpilotPackage.SCENARIO__INJECTED_FAILURES:
				getInjectedFailures().clear();
				return;
			case FlowpilotPackage.SCENARIO__FAILURE_PAGE_CHOICES:
				getFailurePageChoices().clear();
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
			case FlowpilotPackage.SCENARIO__FLOW:
				return flow != null;
			case FlowpilotPackage.SCENARIO__DEVICE:
				return device != null;
			case FlowpilotPackage.SCENARIO__WINDOWS_VERSION:
				return windowsVersion != WINDOWS_VERSION_EDEFAULT;
			case FlowpilotPackage.SCENARIO__CONNECTIVITY:
				return connectivity != CONNECTIVITY_EDEFAULT;
			case FlowpilotPackage.SCENARIO__USER_PRESENT:
				return userPresent != USER_PRESENT_EDEFAULT;
			case FlowpilotPackage.SCENARIO__MFA_PROMPTED:
				return mfaPrompted != MFA_PROMPTED_EDEFAULT;
			case FlowpilotPackage.SCENARIO__TECHNICIAN_FLOW_DONE:
				return technicianFlowDone != TECHNICIAN_FLOW_DONE_EDEFAULT;
			case FlowpilotPackage.SCENARIO__TECHNICIAN_FLOW_COMPLETED:
				return TECHNICIAN_FLOW_COMPLETED_EDEFAULT == null ? technicianFlowCompleted != null : !TECHNICIAN_FLOW_COMPLETED_EDEFAULT.equals(technicianFlowCompleted);
			case FlowpilotPackage.SCENARIO__RUN_STARTS:
				return RUN_STARTS_EDEFAULT == null ? runStarts != null : !RUN_STARTS_EDEFAULT.equals(runStarts);
			case FlowpilotPackage.SCENARIO__INJECTED_FAILURES:
				return injectedFailures != null && !injectedFailures.isEmpty();
			case FlowpilotPackage.SCENARIO__FAILURE_PAGE_CHOICES:
				return failurePageChoices != null && !failurePageChoices.isEmpty();
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
		result.append(" (windowsVersion: ");
		result.append(windowsVersion);
		result.append(", connectivity: ");
		result.append(connectivity);
		result.append(", userPresent: ");
		result.append(userPresent);
		result.append(", mfaPrompted: ");
		result.append(mfaPrompted);
		result.append(", technicianFlowDone: ");
		result.append(technicianFlowDone);
		result.append(", technicianFlowCompleted: ");
		result.append(technicianFlowCompleted);
		result.append(", runStarts: ");
		result.append(runStarts);
		result.append(", failurePageChoices: ");
		result.append(failurePageChoices);
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
