/**
 */
package org.flowpilot.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Screen Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.ScreenStep#getScreen <em>Screen</em>}</li>
 *   <li>{@link org.flowpilot.model.ScreenStep#isShownBeforeProfileDownload <em>Shown Before Profile Download</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getScreenStep()
 * @model
 * @generated
 */
public interface ScreenStep extends Step {
	/**
	 * Returns the value of the '<em><b>Screen</b></em>' attribute.
	 * The literals are from the enumeration {@link org.flowpilot.model.ScreenKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Screen</em>' attribute.
	 * @see org.flowpilot.model.ScreenKind
	 * @see #setScreen(ScreenKind)
	 * @see org.flowpilot.model.FlowpilotPackage#getScreenStep_Screen()
	 * @model
	 * @generated
	 */
	ScreenKind getScreen();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.ScreenStep#getScreen <em>Screen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Screen</em>' attribute.
	 * @see org.flowpilot.model.ScreenKind
	 * @see #getScreen()
	 * @generated
	 */
	void setScreen(ScreenKind value);

	/**
	 * Returns the value of the '<em><b>Shown Before Profile Download</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The screen comes before the Autopilot profile is downloaded (no wired network), so it shows even when the profile hides it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shown Before Profile Download</em>' attribute.
	 * @see #setShownBeforeProfileDownload(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getScreenStep_ShownBeforeProfileDownload()
	 * @model
	 * @generated
	 */
	boolean isShownBeforeProfileDownload();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.ScreenStep#isShownBeforeProfileDownload <em>Shown Before Profile Download</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shown Before Profile Download</em>' attribute.
	 * @see #isShownBeforeProfileDownload()
	 * @generated
	 */
	void setShownBeforeProfileDownload(boolean value);

} // ScreenStep
