/** The credential encryption port over OpenPGP, with Bouncy Castle. */
package io.oxlinkit.adapter.crypto;
