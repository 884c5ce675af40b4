/** Challenges asked during synchronizations (SMS codes, OK/CANCEL) and the checking of answers. */
package io.oxlinkit.domain.challenge;
