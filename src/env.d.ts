declare namespace App {
	interface Locals {
		/** The collection id of the document whose body is being rendered, for its citation links. */
		citingDocument?: string;
	}
}
