/** Use cases of the full-API flow, one class each, named as verbs. */
package io.oxlinkit.application.usecase;
