// The plan checker lives here.
