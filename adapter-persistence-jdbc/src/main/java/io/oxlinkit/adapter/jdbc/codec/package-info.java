/** JSON storage format of snapshots, journeys and events, written by hand to keep the domain annotation-free. */
package io.oxlinkit.adapter.jdbc.codec;
