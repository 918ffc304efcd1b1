import { loadShard } from "./files";

loadShard(1, 4);
