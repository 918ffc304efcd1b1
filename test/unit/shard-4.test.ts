import { loadShard } from "./files";

loadShard(4, 4);
