/**
 * The document model: immutable records passed from stage to stage. No dependencies.
 * All spans are half-open UTF-16 offsets into the original text.
 */
package org.rasd.model;
