//! The model's results as files: the monthly series as CSV, the customer-level
//! snapshot as CSV. Used by the command line and the page alike.
