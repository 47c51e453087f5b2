// The roster generator lives here.
