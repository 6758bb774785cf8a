// The CLI: `whosaid check …`, a thin shell over the analysis core. (Being written.)
