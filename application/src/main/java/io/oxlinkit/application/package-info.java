/**
 * The {@code OxlinKit} facade a host holds, its builder, the results it answers with ({@code StepResult},
 * {@code RedirectResult}, {@code PumpReport}, {@code SyncReport}, {@code HealthItem}), and the use cases
 * behind it, one class each, named as verbs.
 */
package io.oxlinkit.application;
