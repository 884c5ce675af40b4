/** Events of the OXLIN queue about connections and their synchronizations. */
package io.oxlinkit.domain.event;
