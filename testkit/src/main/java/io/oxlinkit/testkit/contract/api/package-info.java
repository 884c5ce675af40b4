/** The parts of the API port's contract suite ({@code OxlinApiContract}) and the script hooks an emulator implements. */
package io.oxlinkit.testkit.contract.api;
