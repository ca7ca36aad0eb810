"""A boosted tree ensemble as plain numpy arrays: saved without pickle, evaluated without scikit-learn."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import expit


@dataclass
class TreeEnsemble:
    """Binary classifier: sigmoid(base + sum of tree leaf values); trees packed node-wise in flat arrays."""

    base: float
    roots: np.ndarray  # index of each tree's root node in the flat arrays
    feature: np.ndarray  # split feature per node
    threshold: np.ndarray  # go left when x <= threshold
    missing_left: np.ndarray  # go left when x is NaN
    left: np.ndarray  # absolute child indices
    right: np.ndarray
    leaf: np.ndarray  # bool
    value: np.ndarray  # leaf value

    @classmethod
    def from_sklearn(cls, clf) -> TreeEnsemble:
        """Pack a fitted binary HistGradientBoostingClassifier (numeric features only)."""
        parts, roots, offset = [], [], 0
        for (predictor,) in clf._predictors:
            nodes = predictor.nodes
            roots.append(offset)
            parts.append((nodes, offset))
            offset += len(nodes)

        def cat(field: str, shift: bool = False) -> np.ndarray:
            return np.concatenate(
                [n[field].astype(np.int64) + off if shift else n[field] for n, off in parts]
            )

        return cls(
            base=float(np.ravel(clf._baseline_prediction)[0]),
            roots=np.array(roots, dtype=np.int64),
            feature=cat("feature_idx").astype(np.int64),
            threshold=cat("num_threshold").astype(np.float64),
            missing_left=cat("missing_go_to_left").astype(bool),
            left=cat("left", shift=True),
            right=cat("right", shift=True),
            leaf=cat("is_leaf").astype(bool),
            value=cat("value").astype(np.float64),
        )

    def to_arrays(self, prefix: str = "tree_") -> dict[str, np.ndarray]:
        """Arrays for np.savez, keys prefixed."""
        return {prefix + k: np.asarray(v) for k, v in vars(self).items()}

    @classmethod
    def from_arrays(cls, arrays, prefix: str = "tree_") -> TreeEnsemble:
        """Inverse of to_arrays."""
        fields = cls.__dataclass_fields__
        return cls(**{k: (float(arrays[prefix + k]) if k == "base" else arrays[prefix + k]) for k in fields})

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        """Probability of the positive class for each row of x."""
        raw = np.full(len(x), self.base)
        rows = np.arange(len(x))
        for root in self.roots:
            node = np.full(len(x), root)
            while True:
                active = ~self.leaf[node]
                if not active.any():
                    break
                n = node[active]
                v = x[rows[active], self.feature[n]]
                go_left = np.where(np.isnan(v), self.missing_left[n], v <= self.threshold[n])
                node[active] = np.where(go_left, self.left[n], self.right[n])
            raw += self.value[node]
        return expit(raw)
